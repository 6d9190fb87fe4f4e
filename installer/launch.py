"""The frozen program's entry point: the same command line as the `resebok` script."""

from resebok.cli import main

raise SystemExit(main())
