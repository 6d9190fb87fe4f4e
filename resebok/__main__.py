from resebok.cli import main

raise SystemExit(main())
