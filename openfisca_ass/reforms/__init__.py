"""Reforms of the package, one module each, the class named as its module."""
