"""Text of a PDF, read in a child process that the operating system stops when it takes too much.

A 4.5 KB PDF of drawing operators can keep pypdf busy for half a minute; a crafted one can
ask for gigabytes. `python -m search.pdf_text CPU_SECONDS MEMORY_BYTES` reads a PDF on
standard input and writes its text on standard output after setting its own CPU-time and
address-space limits (resource.setrlimit); the parent adds a wall-clock limit. This module
imports nothing from Django, so the child starts in a fraction of a second.
"""

import io
import sys

# PostgreSQL caps a tsvector at 1 MB; the opening of a long report is what readers search for.
MAX_PAGES = 300
MAX_CHARACTERS = 300_000


def extract_pdf_text(file):
    from pypdf import PdfReader

    reader = PdfReader(file)
    pieces, length = [], 0
    for number, page in enumerate(reader.pages):
        if number >= MAX_PAGES or length >= MAX_CHARACTERS:
            break
        text = page.extract_text() or ""
        pieces.append(text)
        length += len(text)
    return "\n".join(pieces)[:MAX_CHARACTERS]


def main(cpu_seconds, memory_bytes):
    import resource

    # Past the soft CPU limit the kernel sends SIGXCPU, which ends the process.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    text = extract_pdf_text(io.BytesIO(sys.stdin.buffer.read()))
    sys.stdout.buffer.write(text.encode("utf-8", "replace"))


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
