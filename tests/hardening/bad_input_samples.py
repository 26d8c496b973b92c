"""Builders of bad inputs, made from scratch in each test's tmp_path (no binaries committed)."""

from __future__ import annotations

import gzip
import io
import struct
import zipfile
import zlib

GERMAN = (
    "Die Bundesregierung hat am Montag in Berlin neue Hilfen für die Ukraine beschlossen. "
    "Außenministerin Baerbock sagte, Deutschland stehe fest an der Seite der Ukraine."
)
GERMAN_UMLAUTS = "Über die Größe der Maßnahmen äußerte sich der Bürgermeister von Köln erfreut."
ENGLISH = (
    "The federal government approved new aid for Ukraine in Berlin on Monday. "
    "The foreign minister said that Germany stands firmly on the side of Ukraine."
)
FRENCH = (
    "Le gouvernement fédéral a approuvé lundi à Berlin une nouvelle aide pour l'Ukraine. "
    "La ministre des Affaires étrangères a déclaré que l'Allemagne restait aux côtés de Kiev."
)
RUSSIAN = (
    "Федеральное правительство в понедельник в Берлине одобрило новую помощь Украине. "
    "Министр иностранных дел заявила, что Германия твердо стоит на стороне Украины."
)


def pdf() -> bytes:
    body = b"BT /F1 12 Tf 72 712 Td (Die Regierung sagte etwas.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(body), body),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, content))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1x1 pixel, RGB
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def zip_archive() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("artikel.txt", GERMAN)
    return out.getvalue()


def gzip_text() -> bytes:
    return gzip.compress(GERMAN.encode("utf-8"))


def nested_html(depth: int) -> str:
    return (
        "<html><body>" + "<div>" * depth + f"<p>{GERMAN}</p>" + "</div>" * depth + "</body></html>"
    )


def number_table(rows: int = 30, columns: int = 8) -> str:
    return "\n".join(" ".join(str(r * c + 0.5 * c) for c in range(columns)) for r in range(rows))
