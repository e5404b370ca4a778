"""What a scenario file was when a window last read or wrote it, to tell whether another
window or program changed it since (then saving asks before overwriting)."""

from __future__ import annotations

import hashlib
from pathlib import Path


class DiskStamp:
    """What a scenario file was when this window last read or wrote it: modification time,
    size and content hash (a touch without a change is not a conflict)."""

    def __init__(self, path: Path, mtime_ns: int, size: int, digest: str) -> None:
        self.path, self.mtime_ns, self.size, self.digest = path, mtime_ns, size, digest

    @classmethod
    def of(cls, path: Path) -> DiskStamp | None:
        try:
            st = path.stat()
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        return cls(path, st.st_mtime_ns, st.st_size, digest)

    def changed(self) -> bool:
        """True when the file on disk is no longer what was read or written (a deleted
        file is not a conflict: saving just writes it again)."""
        try:
            st = self.path.stat()
        except OSError:
            return False
        if (st.st_mtime_ns, st.st_size) == (self.mtime_ns, self.size):
            return False
        now = DiskStamp.of(self.path)
        return now is not None and now.digest != self.digest
