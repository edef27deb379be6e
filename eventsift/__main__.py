import sys

from eventsift.cli import main

sys.exit(main())
