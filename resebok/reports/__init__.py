"""PDF reports built from core results with reportlab (no Qt)."""
