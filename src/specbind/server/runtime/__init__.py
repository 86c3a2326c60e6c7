"""The server runtime: modules copied verbatim into every generated server package.

They import nothing from specbind (a generated package does not depend on it); each is
linted, type-checked and tested here as source.
"""
