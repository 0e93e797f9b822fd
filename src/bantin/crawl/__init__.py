"""Following news sites: sources, their state and the frontier in the store, passes and the watch loop."""
