"""The built-in plugins: newsclaims' default behaviour, registered through the public hooks."""
