package vn.danvan.directive.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import vn.danvan.attachment.FileType;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.upload.ZipDirectory;

/** The plain text of a .docx (its paragraphs, one per line) or of a .pdf with a text layer. */
@ApplicationScoped
public class DocumentTextExtractor {

    /** The most text a document may yield, as for pasted text (ParseRequest.text in openapi.yaml). */
    public static final int MAX_TEXT = 200_000;

    private static final int MAX_ZIP_ENTRIES = 2_000;

    /** document.xml is read up to this many bytes (a guard against zip bombs). */
    private static final long MAX_XML = 50L * 1024 * 1024;

    private static final int MAX_PDF_PAGES = 300;

    public String extract(byte[] content, FileType type) {
        try {
            return switch (type) {
            case DOCX -> docx(content);
            case PDF -> pdf(content);
            default -> throw new IllegalArgumentException("not a document: " + type);
            };
        } catch (IOException | XMLStreamException e) {
            throw ProblemException.invalid("file", "không đọc được tệp, có thể tệp bị hỏng (the file cannot be read)");
        }
    }

    private static String pdf(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw ProblemException.invalid("file", "tệp PDF bị khóa (the PDF is protected)");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(Math.min(document.getNumberOfPages(), MAX_PDF_PAGES));
            String text = stripper.getText(document).replace("\r\n", "\n");
            if (text.length() > MAX_TEXT) {
                throw tooMuchText();
            }
            return text;
        }
    }

    /**
     * Goes straight to word/document.xml through the package's central directory (the entries before it are never
     * inflated), and reads at most {@link #MAX_XML} bytes of it.
     */
    private static String docx(byte[] content) throws IOException, XMLStreamException {
        long offset = ZipDirectory.find(content, "word/document.xml", MAX_ZIP_ENTRIES).orElse(-1L);
        if (offset < 0) {
            return "";
        }
        int from = (int) offset;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content, from, content.length - from))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !entry.getName().equals("word/document.xml")) {
                return "";
            }
            return paragraphs(new LimitedStream(zip, MAX_XML));
        }
    }

    private static String paragraphs(InputStream xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(xml, "UTF-8");
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (reader.getLocalName()) {
                case "t" -> inText = true;
                case "tab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                default -> {
                }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (reader.getLocalName()) {
                case "t" -> inText = false;
                case "p" -> text.append('\n');
                default -> {
                }
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(reader.getText());
            }
            if (text.length() > MAX_TEXT) {
                throw tooMuchText();
            }
        }
        return text.toString();
    }

    private static ProblemException tooMuchText() {
        return ProblemException.invalid("file", "tệp có hơn " + MAX_TEXT
                + " ký tự chữ, hãy chia nhỏ (the file holds more than " + MAX_TEXT + " characters of text)");
    }

    /** Stops reading past a limit, so that a tiny zip cannot expand into gigabytes. */
    private static final class LimitedStream extends InputStream {
        private final InputStream in;
        private long left;

        LimitedStream(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw new IOException("document.xml is too large");
            }
            left--;
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("document.xml is too large");
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
