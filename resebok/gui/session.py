"""Who is using this Resebok: the configured identity, for audit logs and form defaults.

Read from the settings file on every call (it is a few hundred bytes) instead of being cached
in a global, so that a change in the settings dialog applies at once and tests need no reset.
"""

import getpass

from resebok.core.user_config import load_config


def current_actor() -> str:
    """The configured user's name; else the operating-system login (the fallback before
    anyone has run the first-run wizard, and for scripts)."""
    config = load_config()
    if config is not None and config.employee_name:
        return config.employee_name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "okänd användare"
