"""PySide6 + pyqtgraph: the only package allowed to import Qt."""
