"""The declarations of the record kinds (desktop.core.kinds), one small module each.

They are registered in one place only, the composition root ``desktop/services/registry.py``;
nothing here keeps a list of them.
"""
