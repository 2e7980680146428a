package vn.danvan.criteria;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.danvan.attachment.FileType;
import vn.danvan.common.error.FieldError;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.json.StrictJson;

/**
 * Reads an uploaded .xlsx in the template's columns into a set's groups and criteria, checking every row: a wrong row
 * is named {@code row N: column} (N as Excel numbers it), and any wrong row refuses the whole file.
 * <p>
 * <b>Cost.</b> At most {@link #MAX_BYTES} of upload and {@link CriteriaDocument#MAX_ROWS} rows. A package is inflated
 * once, here, into a stored (uncompressed) copy with at most {@link #MAX_ENTRIES} entries and {@link #MAX_UNPACKED}
 * bytes in all, counted as they are inflated (not as the package claims): a zip bomb stops at that ceiling. Only that
 * copy is handed to fastexcel-reader, whose rows are streamed and dropped one at a time.
 */
final class CriteriaSheet {

    /** The largest upload (openapi.yaml: CriteriaSetImport). */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** What a package may inflate to, all its entries together. */
    static final long MAX_UNPACKED = 24L * 1024 * 1024;
    static final int MAX_ENTRIES = 200;
    /** Errors listed in one answer; a file with more gets the first ones. */
    static final int MAX_ERRORS = 100;

    private static final int GROUP = 0;
    private static final int GROUP_NAME = 1;
    private static final int CODE = 2;
    private static final int PARENT = 3;
    private static final int NAME = 4;
    private static final int KIND = 5;
    private static final int MAX_POINTS = 6;
    private static final int UNIT = 7;
    private static final int COMPARISON = 8;
    private static final int THRESHOLD = 9;
    private static final int REQUIRED = 10;
    private static final int KEY = 11;
    private static final int EVIDENCE = 12;

    private static final BigDecimal MIN_POINTS = new BigDecimal("0.01");
    private static final BigDecimal MAX_POINTS_VALUE = new BigDecimal("999999");
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal("9999999999");

    /** What a file holds: groups in order of first use, criteria in row order with their indicators. */
    record Parsed(List<CriteriaDtos.Group> groups, List<CriteriaDtos.Criterion> criteria) {
    }

    private CriteriaSheet() {
    }

    /** The {@code version} part of the upload: the draft's version as read. */
    static long versionOf(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.invalid("version", CriteriaDtos.REQUIRED);
        }
        try {
            long version = Long.parseLong(raw.strip());
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid("version", "phải là số nguyên không âm (must be a whole number, 0 or more)");
    }

    /** The {@code file} part: 400 when missing, 413 over {@link #MAX_BYTES} (checked before it is read). */
    static byte[] bytesOf(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "thiếu tệp (the file part is missing)");
        }
        if (file.size() > MAX_BYTES) {
            throw tooBig();
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ProblemException.invalid("file", "không đọc được tệp tải lên (the upload cannot be read)");
        }
    }

    static Parsed read(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw tooBig();
        }
        if (FileType.detect(upload) != FileType.XLSX) {
            throw ProblemException.invalid("file", "không phải tệp .xlsx (the file is not an .xlsx workbook)");
        }
        byte[] stored = unpacked(upload);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(stored))) {
            Sheet sheet = workbook.findSheet(CriteriaWorkbook.SHEET).orElseGet(workbook::getFirstSheet);
            try (Stream<Row> rows = sheet.openStream()) {
                return new Reader().read(rows.iterator());
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
    }

    /** The rows of one file, checked as they stream by. */
    private static final class Reader {
        private final List<FieldError> errors = new ArrayList<>();
        private final Map<String, String> groups = new LinkedHashMap<>();
        private final Map<String, Integer> groupRows = new HashMap<>();
        private final Map<String, Integer> codeRows = new HashMap<>();
        private final Map<String, CriteriaDtos.Criterion> parents = new HashMap<>();
        private final List<CriteriaDtos.Criterion> criteria = new ArrayList<>();

        Parsed read(Iterator<Row> rows) {
            Row header = null;
            int data = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                if (blank(row)) {
                    continue;
                }
                if (header == null) {
                    header = row;
                    checkHeader(row);
                    if (!errors.isEmpty()) {
                        break; // wrong columns: every row would be misread
                    }
                    continue;
                }
                if (++data > CriteriaDocument.MAX_ROWS) {
                    throw ProblemException.invalid("file", "tệp có hơn " + CriteriaDocument.MAX_ROWS
                            + " dòng tiêu chí (the file has more than " + CriteriaDocument.MAX_ROWS + " rows)");
                }
                row(row);
            }
            if (header == null) {
                throw ProblemException.invalid("file", "tệp không có trang \"" + CriteriaWorkbook.SHEET
                        + "\" theo mẫu (the file has no sheet in the template's columns)");
            }
            if (errors.isEmpty() && criteria.isEmpty()) {
                errors.add(new FieldError("file", "tệp không có dòng tiêu chí nào (the file has no criterion row)"));
            }
            if (criteria.size() > 300) {
                errors.add(new FieldError("file", "quá 300 tiêu chí (more than 300 criteria)"));
            }
            if (groups.size() > 30) {
                errors.add(new FieldError("file", "quá 30 nhóm (more than 30 groups)"));
            }
            if (!errors.isEmpty()) {
                List<FieldError> listed = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
                throw new ProblemException(ProblemType.VALIDATION,
                        "Tệp có " + errors.size()
                                + " lỗi, chưa lưu gì: sửa các dòng được nêu rồi tải lại (the file has " + errors.size()
                                + " errors and nothing was saved: fix the rows listed and upload it again)",
                        listed);
            }
            return new Parsed(
                    groups.entrySet().stream().map(e -> new CriteriaDtos.Group(e.getKey(), e.getValue())).toList(),
                    criteria);
        }

        private void checkHeader(Row row) {
            for (int c = 0; c < CriteriaWorkbook.COLUMNS.size(); c++) {
                String expected = CriteriaWorkbook.COLUMNS.get(c);
                String found = raw(row, c);
                if (found == null || !normalized(found).equals(normalized(expected))) {
                    error(row, c, "cột thứ " + (c + 1) + " phải là \"" + expected + "\" theo mẫu (column " + (c + 1)
                            + " must be \"" + expected + "\", as in the template)");
                }
            }
        }

        private void row(Row row) {
            int before = errors.size();
            String groupCode = text(row, GROUP, 20);
            String groupName = text(row, GROUP_NAME, 300);
            String code = text(row, CODE, 20);
            String parentCode = text(row, PARENT, 20);
            String name = text(row, NAME, 2000);
            CriterionKind kind = kind(row);
            BigDecimal maxPoints = number(row, MAX_POINTS, MIN_POINTS, MAX_POINTS_VALUE);
            String unit = text(row, UNIT, 40);
            String comparison = comparison(row);
            BigDecimal threshold = number(row, THRESHOLD, MAX_THRESHOLD.negate(), MAX_THRESHOLD);
            Boolean required = yesNo(row, REQUIRED, true);
            Boolean key = yesNo(row, KEY, false);
            String evidence = text(row, EVIDENCE, 2000);

            if (code == null) {
                required(row, CODE);
            } else if (codeRows.containsKey(code)) {
                error(row, CODE, "mã trùng với dòng " + codeRows.get(code) + " (the code repeats row "
                        + codeRows.get(code) + ")");
            } else {
                codeRows.put(code, row.getRowNum());
            }
            if (name == null) {
                required(row, NAME);
            }
            if (kind == CriterionKind.SCORED && maxPoints == null && present(row, MAX_POINTS) == null) {
                error(row, MAX_POINTS, "bắt buộc với loại SCORED (required with SCORED)");
            }
            if (kind == CriterionKind.NUMERIC && comparison == null && present(row, COMPARISON) == null) {
                error(row, COMPARISON, "bắt buộc với loại NUMERIC (required with NUMERIC)");
            }
            if (kind == CriterionKind.NUMERIC && threshold == null && present(row, THRESHOLD) == null) {
                error(row, THRESHOLD, "bắt buộc với loại NUMERIC (required with NUMERIC)");
            }
            CriteriaDtos.Criterion parent = null;
            if (parentCode != null) {
                parent = parents.get(parentCode);
                if (parent == null) {
                    error(row, PARENT, "không có tiêu chí mã " + parentCode + " ở dòng phía trên (no criterion "
                            + parentCode + " on a row above)");
                } else if (parent.indicators().size() >= 50) {
                    error(row, PARENT, "tiêu chí " + parentCode + " đã có 50 chỉ tiêu (criterion " + parentCode
                            + " has 50 indicators already)");
                } else if (groupCode != null && !groupCode.equals(parent.groupCode())) {
                    error(row, GROUP, "khác nhóm của tiêu chí cha (not the group of its criterion)");
                }
            }
            if (groupCode == null && groupName != null && parent == null) {
                required(row, GROUP);
            }
            if (groupCode != null && parent == null) {
                String known = groups.get(groupCode);
                if (known == null && groupName == null) {
                    error(row, GROUP_NAME, "bắt buộc ở dòng đầu của nhóm (required on the group's first row)");
                } else if (known != null && groupName != null && !known.equals(groupName)) {
                    error(row, GROUP_NAME, "khác tên nhóm " + groupCode + " ở dòng " + groupRows.get(groupCode)
                            + " (differs from the group's name on row " + groupRows.get(groupCode) + ")");
                } else if (known == null && errors.size() == before) {
                    groups.put(groupCode, groupName);
                    groupRows.put(groupCode, row.getRowNum());
                }
            }
            if (errors.size() != before) {
                return;
            }
            if (parent == null) {
                CriteriaDtos.Criterion c = new CriteriaDtos.Criterion(null, groupCode, code, name, kind, maxPoints,
                        unit, comparison, threshold, required, key, evidence, new ArrayList<>(), List.of(), List.of());
                criteria.add(c);
                parents.put(code, c);
            } else {
                parent.indicators().add(new CriteriaDtos.Indicator(null, code, name, kind, maxPoints, unit, comparison,
                        threshold, required, key, evidence, List.of(), List.of()));
            }
        }

        private CriterionKind kind(Row row) {
            String value = text(row, KIND, 20);
            if (value == null) {
                required(row, KIND);
                return null;
            }
            try {
                return CriterionKind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(row, KIND, "PASS_FAIL, SCORED hoặc NUMERIC (PASS_FAIL, SCORED or NUMERIC)");
                return null;
            }
        }

        private String comparison(Row row) {
            String value = text(row, COMPARISON, 10);
            if (value == null) {
                return null;
            }
            String v = value.replace("≥", ">=").replace("≤", "<=").replace(" ", "");
            if (!v.equals(">=") && !v.equals("<=") && !v.equals("=")) {
                error(row, COMPARISON, ">=, <= hoặc = (>=, <= or =)");
                return null;
            }
            return v;
        }

        private Boolean yesNo(Row row, int column, boolean absent) {
            Optional<Cell> cell = row.getOptionalCell(column);
            if (cell.isPresent() && cell.get().getType() == CellType.BOOLEAN) {
                return cell.get().asBoolean();
            }
            String value = text(row, column, 10);
            if (value == null) {
                return absent;
            }
            switch (normalized(value)) {
            case "có", "co", "x", "yes", "true", "1":
                return true;
            case "không", "khong", "no", "false", "0":
                return false;
            default:
                error(row, column, "có hoặc không (có or không)");
                return absent;
            }
        }

        private BigDecimal number(Row row, int column, BigDecimal min, BigDecimal max) {
            Optional<Cell> cell = row.getOptionalCell(column);
            if (cell.isEmpty() || cell.get().getType() == CellType.EMPTY) {
                return null;
            }
            BigDecimal value;
            if (cell.get().getType() == CellType.NUMBER) {
                value = cell.get().asNumber();
            } else {
                String text = text(row, column, 40);
                if (text == null) {
                    return null;
                }
                try {
                    value = new BigDecimal(text.replace(" ", "").replace(',', '.'));
                } catch (NumberFormatException e) {
                    error(row, column, "phải là một số (must be a number)");
                    return null;
                }
            }
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                error(row, column, "phải từ " + min.toPlainString() + " đến " + max.toPlainString() + " (must be "
                        + min.toPlainString() + " to " + max.toPlainString() + ")");
                return null;
            }
            return value;
        }

        /** A cell's text, stripped; null when empty; an error when too long or not storable. */
        private String text(Row row, int column, int maxLength) {
            String value = raw(row, column);
            if (value == null) {
                return null;
            }
            if (value.length() > maxLength) {
                error(row, column, "tối đa " + maxLength + " ký tự (at most " + maxLength + " characters)");
                return null;
            }
            if (StrictJson.firstUnstorable(value) >= 0) {
                error(row, column, "chứa ký tự không lưu được (holds a character that cannot be stored)");
                return null;
            }
            return value;
        }

        /** The text a cell shows, or null for an empty one (an error for a cell in error). */
        private String raw(Row row, int column) {
            Optional<Cell> cell = row.getOptionalCell(column);
            if (cell.isEmpty()) {
                return null;
            }
            Cell c = cell.get();
            String value = switch (c.getType()) {
            case EMPTY -> null;
            case NUMBER -> c.asNumber().stripTrailingZeros().toPlainString();
            case ERROR -> {
                error(row, column, "ô bị lỗi công thức (the cell holds a formula error)");
                yield null;
            }
            default -> c.getText();
            };
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** Something was written in the cell (even if it could not be read). */
        private String present(Row row, int column) {
            return row.getOptionalCell(column).map(Cell::getRawValue).filter(v -> !v.isBlank()).orElse(null);
        }

        private boolean blank(Row row) {
            for (int c = 0; c < CriteriaWorkbook.COLUMNS.size(); c++) {
                Optional<Cell> cell = row.getOptionalCell(c);
                if (cell.isPresent() && cell.get().getType() != CellType.EMPTY && cell.get().getRawValue() != null
                        && !cell.get().getRawValue().isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private void required(Row row, int column) {
            error(row, column, "bắt buộc (required)");
        }

        private void error(Row row, int column, String message) {
            errors.add(new FieldError("row " + row.getRowNum() + ": " + CriteriaWorkbook.COLUMNS.get(column), message));
        }
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /**
     * The package inflated into a stored copy, counting every inflated byte: {@link #MAX_UNPACKED} in all and
     * {@link #MAX_ENTRIES} entries at most, whatever the package's directory claims.
     */
    private static byte[] unpacked(byte[] upload) {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(upload)).get();
                ZipOutputStream out = new ZipOutputStream(copy)) {
            Enumeration<ZipArchiveEntry> all = zip.getEntriesInPhysicalOrder();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge();
                }
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED) {
                            throw tooLarge();
                        }
                        content.write(buffer, 0, n);
                    }
                }
                byte[] bytes = content.toByteArray();
                CRC32 crc = new CRC32();
                crc.update(bytes);
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(bytes.length);
                stored.setCompressedSize(bytes.length);
                stored.setCrc(crc.getValue());
                out.putNextEntry(stored);
                out.write(bytes);
                out.closeEntry();
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
        return copy.toByteArray();
    }

    private static ProblemException tooLarge() {
        return ProblemException.invalid("file",
                "tệp giải nén ra quá " + MAX_UNPACKED / (1024 * 1024)
                        + " MB hoặc quá nhiều phần (the workbook unpacks to more than " + MAX_UNPACKED / (1024 * 1024)
                        + " MB or too many parts)");
    }

    private static ProblemException tooBig() {
        String message = "tệp lớn hơn 2 MB (the file is larger than 2 MB)";
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, message, List.of(new FieldError("file", message)));
    }

    private static ProblemException unreadable() {
        return ProblemException.invalid("file", "không đọc được tệp, có thể tệp bị hỏng (the file cannot be read)");
    }
}
