"""The Qt-free core of Resebok: domain model, rules, storage and analysis."""
