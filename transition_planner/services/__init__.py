"""Use cases of the application, one function each, shared by the window and the command line."""
