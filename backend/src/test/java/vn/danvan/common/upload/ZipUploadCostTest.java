package vn.danvan.common.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.danvan.attachment.FileType;
import vn.danvan.common.error.ProblemException;
import vn.danvan.directive.parse.DocumentTextExtractor;

/**
 * An upload costs what it weighs: the type of a package and the text of a .docx are read without inflating the other
 * entries. Proven without a clock: the entry before the document is 64 MiB of zeros with a wrong checksum, so that any
 * reader that inflated it would fail (as the stream reader used before did) instead of finding the document.
 */
class ZipUploadCostTest {

    private static final String DOCUMENT = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>";

    /** A .docx whose first entry is a bomb (64 MiB of zeros) with a wrong checksum. */
    private static byte[] docxBehindABrokenBomb(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int dataStart;
        int dataLength;
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bomb.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.flush();
            dataStart = 30 + "bomb.bin".length();
            dataLength = bytes.size() - dataStart;
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(String.format(DOCUMENT, text).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] zip = bytes.toByteArray();
        // the data descriptor after the deflated bytes: signature, CRC, sizes. A wrong CRC makes any reader that
        // inflates the whole bomb fail at its end ("invalid entry CRC")
        int descriptor = dataStart + dataLength - 16;
        assertEquals(0x08074b50, (zip[descriptor] & 0xFF) | (zip[descriptor + 1] & 0xFF) << 8
                | (zip[descriptor + 2] & 0xFF) << 16 | (zip[descriptor + 3] & 0xFF) << 24);
        zip[descriptor + 4] ^= (byte) 0xFF;
        return zip;
    }

    @Test
    void theBombIsReallyBrokenAndBig() throws IOException {
        byte[] zip = docxBehindABrokenBomb("x");
        assertTrue(zip.length < 200_000, "64 MiB of zeros weigh little: " + zip.length);
        assertThrows(java.util.zip.ZipException.class, () -> {
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
                in.getNextEntry();
                in.readAllBytes();
            }
        });
    }

    @Test
    void theTypeIsReadFromTheDirectoryWithoutInflatingAnything() throws IOException {
        assertEquals(FileType.DOCX, FileType.detect(docxBehindABrokenBomb("Kế hoạch")));
        assertEquals(3, ZipDirectory.entries(docxBehindABrokenBomb("x"), 2_000).size());
    }

    @Test
    void theTextGoesStraightToTheDocument() throws IOException {
        String text = new DocumentTextExtractor().extract(docxBehindABrokenBomb("Kế hoạch số 45-KH/BTGDVTU"),
                FileType.DOCX);
        assertEquals("Kế hoạch số 45-KH/BTGDVTU", text.strip());
    }

    @Test
    void aDocumentWithMoreTextThanAPasteMayHoldIsRefusedNamingFile() throws IOException {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> new DocumentTextExtractor().extract(docxBehindABrokenBomb("a".repeat(500_000)), FileType.DOCX));
        assertEquals("file", refused.errors().get(0).field());
    }

    @Test
    void aDirectoryThatLiesYieldsNothing() {
        byte[] garbage = "PK\u0003\u0004 not really a zip PK\u0005\u0006".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(0, ZipDirectory.entries(garbage, 10).size());
        assertEquals(null, FileType.detect(garbage));
    }
}
