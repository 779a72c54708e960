"""A path on disk to its bytes, or one line that names what the path is instead.

``open()`` on a named pipe waits for a writer that may never come, on ``/dev/zero`` it reads
forever, and a folder, a link that loops or a file the user may not read each give their own
``OSError``. :func:`read_file` opens without waiting (``O_NONBLOCK``), asks the open file what it
is (``fstat``) and reads only a regular file, at most ``limit + 1`` bytes of it::

    no such path, a link to nothing   NoSuchFile      E110
    folder, device, FIFO, socket,     NotAFile        E111
      a link that loops
    permission denied, I/O error      FileUnreadable  E112

Everything that reads a path the user named (a résumé, an answers file, a postings file)
comes through here, so each says the same thing about the same path.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from careermap.errors import FileUnreadable, InputError, NoSuchFile, NotAFile

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)

# what stat says a path is -> (en, zh)
_KINDS: tuple[tuple[int, str, str], ...] = (
    (stat.S_IFDIR, "a folder", "文件夹"),
    (stat.S_IFCHR, "a device", "设备"),
    (stat.S_IFBLK, "a disk device", "磁盘设备"),
    (stat.S_IFIFO, "a named pipe (FIFO)", "命名管道（FIFO）"),
    (stat.S_IFSOCK, "a socket", "套接字"),
)


@dataclass(frozen=True, slots=True)
class FileBytes:
    """What was read: ``data`` (empty when ``size`` is already above the limit) and the size on disk."""

    data: bytes
    size: int


# what to give instead (en, zh), by the kind of file the caller reads
RESUME = ("give the path of a résumé file, or '-' to read stdin", "请给出简历文件的路径，或用 '-' 读取标准输入")
POSTINGS = ("give the path of a postings file, or '-' to read stdin", "请给出岗位文件的路径，或用 '-' 读取标准输入")
ANSWERS = (
    "give the path of an answers file, or run `careermap quiz --template > answers.yaml` to start one",
    "请给出答案文件的路径，或运行 `careermap quiz --template > answers.yaml` 生成一份",
)


def not_a_file(source: str, what_en: str, what_zh: str, expected: tuple[str, str] = RESUME) -> NotAFile:
    return NotAFile(
        f"{source} is {what_en}, not a file",
        f"{source} 是{what_zh}，不是文件",
        hint_en=expected[0],
        hint_zh=expected[1],
    )


def _open_error(source: str, exc: OSError, expected: tuple[str, str] = RESUME) -> InputError:
    code = exc.errno
    if code == errno.ELOOP:
        return not_a_file(source, "a symbolic link that loops", "循环的符号链接", expected)
    if code == errno.ENXIO:  # a socket (or a device with nothing behind it)
        return not_a_file(source, "a socket", "套接字", expected)
    if code in (errno.ENOENT, errno.ENOTDIR):
        if os.path.islink(source):
            target = os.readlink(source)
            return NoSuchFile(
                f"{source} is a link to {target}, which does not exist",
                f"{source} 是指向 {target} 的链接，而后者不存在",
                hint_en="check the path the link points to",
                hint_zh="请检查链接指向的路径",
            )
        return NoSuchFile(
            f"no such file: {source}",
            f"文件不存在：{source}",
            hint_en="check the path, or use '-' to read from stdin",
            hint_zh="请检查路径，或用 '-' 从标准输入读取",
        )
    if code in (errno.EACCES, errno.EPERM):
        return FileUnreadable(
            f"{source} cannot be read: permission denied",
            f"{source} 无法读取：没有读取权限",
            hint_en="check the file's permissions (ls -l), or copy it somewhere you can read",
            hint_zh="请检查文件权限（ls -l），或把它复制到你能读取的位置",
        )
    if code == errno.EISDIR:
        return not_a_file(source, "a folder", "文件夹", expected)
    reason = exc.strerror or type(exc).__name__
    return FileUnreadable(
        f"{source} cannot be read ({reason})",
        f"{source} 无法读取（{reason}）",
        hint_en="check the file and the disk it is on",
        hint_zh="请检查该文件及其所在磁盘",
    )


def read_file(source: str | Path, *, limit: int, expected: tuple[str, str] = RESUME) -> FileBytes:
    """The bytes of the regular file at ``source``: all of them up to ``limit + 1``, none when the
    size on disk is already above ``limit`` (the caller refuses it with its own words);
    ``expected`` is the hint (en, zh) for a path that is no regular file: RESUME, POSTINGS or ANSWERS."""
    shown = str(source)
    try:
        fd = os.open(source, _OPEN_FLAGS)
    except OSError as exc:
        raise _open_error(shown, exc, expected) from None
    except ValueError:  # a NUL byte in the path
        raise _open_error(shown, FileNotFoundError(errno.ENOENT, "embedded null byte"), expected) from None
    try:
        info = os.fstat(fd)
        for kind, en, zh in _KINDS:
            if stat.S_IFMT(info.st_mode) == kind:
                raise not_a_file(shown, en, zh, expected)
    except BaseException:
        os.close(fd)
        raise
    if info.st_size > limit:
        os.close(fd)
        return FileBytes(b"", info.st_size)
    chunks: list[bytes] = []
    got = 0
    with os.fdopen(fd, "rb", buffering=0) as fh:
        try:
            while got <= limit:
                chunk = fh.read(min(1 << 20, limit + 1 - got))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
        except OSError as exc:
            raise _open_error(shown, exc, expected) from None
    return FileBytes(b"".join(chunks), max(info.st_size, got))
