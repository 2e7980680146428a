package vn.danvan.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files for upload tests: the source documents, and .docx/.png/.xlsx made on the spot. */
public final class Documents {

    private Documents() {
    }

    public static byte[] read(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/documents", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(read(name), StandardCharsets.UTF_8);
    }

    /** A Word document with one paragraph per line of the text, as Word writes it (runs, tabs). */
    public static byte[] docx(String text) {
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
                    .append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("</w:t></w:r></w:p>");
        }
        return zip("word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body>" + body + "</w:body></w:document>");
    }

    /** A spreadsheet package (only its workbook part: enough to be recognised). */
    public static byte[] xlsx() {
        return zip("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>");
    }

    /** A 1×1 PNG. */
    public static byte[] png() {
        return java.util.Base64.getDecoder()
                .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    }

    private static byte[] zip(String part, String xml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
