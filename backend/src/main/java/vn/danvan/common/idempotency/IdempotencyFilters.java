package vn.danvan.common.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.BlockingOperationControl;
import vn.danvan.common.error.ProblemException;
import vn.danvan.common.error.ProblemType;
import vn.danvan.common.idempotency.IdempotencyStore.Claim;
import vn.danvan.common.idempotency.IdempotencyStore.Stored;
import vn.danvan.common.security.Caller;

/**
 * Exactly-once writes: every POST and PUT under {@code /api/v1} (but the read-only {@code parseDirective},
 * {@code parseDirectiveFile} and {@code assignTaskPreview}) accepts an {@code Idempotency-Key} header, and a replay of
 * a request that succeeded gets the first answer (status, JSON body, {@code Location}, plus
 * {@code Idempotency-Replayed: true}) without the work being done again.
 * <p>
 * <b>How.</b> A request with a key gets one JTA transaction around its whole resource call, begun by the request filter
 * and ended by the response filter. Quarkus REST runs both, like the resource method, on the request's worker thread (a
 * blocking endpoint runs its request filters after the switch to the worker thread, and the response filters before the
 * answer is written), so every {@code @Transactional} service the resource calls joins it. The request filter first
 * inserts the key's row ({@link IdempotencyStore#claim}); the response filter stores the answer in it and commits when
 * the answer is 2xx, and rolls everything back otherwise (a 4xx or 5xx is not kept: a corrected retry with the same key
 * goes through). The row and the work are therefore committed together or not at all, even if the process dies in
 * between.
 * <p>
 * <b>Concurrent duplicates.</b> The row's primary key is (username, key). A second request with the same key while the
 * first is running waits on the first's uncommitted row (at most {@link IdempotencyStore#WAIT_FOR_FIRST}): when the
 * first commits it finds the answer and replays it (or 409 {@code idempotency-key-reused} if it asked for something
 * else); when the first rolls back it takes the key and does the work itself; when the first takes longer it is
 * answered 409 {@code idempotency-in-progress} with {@code Retry-After: 1}. Two creations can never both commit.
 * <p>
 * <b>What a request is.</b> Keys belong to the token's username. A key names one request: the method, the path with its
 * query, and a SHA-256 fingerprint of the body (for a multipart upload: of each part's name, file name and content,
 * read after the parts are parsed, which is what {@link WithFormRead} asks for). The same key with another request is
 * 409 {@code idempotency-key-reused}. Answers are kept {@link IdempotencyStore#KEPT_DAYS} days.
 * <p>
 * Without the header nothing here runs: the services' own transactions are as they always were. With it, one difference
 * is deliberate: the resource's service calls share the one transaction, so the flush that would have happened at a
 * service's commit happens in the response filter ({@code em.flush()} first, so that a stale version still reaches its
 * 409 mapper).
 */
public class IdempotencyFilters {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotency-Replayed";

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final String PENDING = IdempotencyFilters.class.getName() + ".pending";
    /** The operations that write nothing: reading a document into a draft. */
    private static final Set<String> READ_ONLY = Set.of("parseDirective", "parseDirectiveFile", "assignTaskPreview");
    private static final String KEY_RULE = "1–100 ký tự A-Z a-z 0-9 . _ : - (1 to 100 characters of A-Z a-z 0-9 . _ : -)";

    @Inject
    TransactionManager transactions;

    @Inject
    IdempotencyStore store;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    /** The request's own transaction, begun here and ended by {@link #end}. */
    private record Pending(Claim claim, Transaction transaction) {
    }

    @ServerRequestFilter
    @WithFormRead
    public void begin(ResteasyReactiveContainerRequestContext request, SimpleResourceInfo resource)
            throws SystemException, IOException {
        List<String> values = request.getHeaders().get(HEADER);
        if (values == null || !applies(request.getMethod(), request.getUriInfo().getPath(), resource)) {
            return;
        }
        String username = caller.current().username(); // 401 first, as without the header
        if (values.size() != 1 || !KEY.matcher(values.get(0)).matches()) {
            throw ProblemException.invalid(HEADER,
                    values.size() > 1 ? "chỉ một khóa cho mỗi yêu cầu (one key per request)" : KEY_RULE);
        }
        if (!BlockingOperationControl.isBlockingAllowed()) {
            // a non-blocking endpoint would run its work on another thread than this transaction's
            throw new IllegalStateException("Idempotency-Key on a non-blocking endpoint: " + resource.getMethodName());
        }
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Claim claim = new Claim(username, values.get(0), request.getMethod(), path, fingerprint(request));

        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            throw new IllegalStateException("a transaction is already open on this request's thread");
        }
        Optional<Stored> stored;
        try {
            transactions.begin();
            stored = store.claim(claim);
        } catch (jakarta.transaction.NotSupportedException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw lockTimeout(e) ? inProgress() : e;
        }
        if (stored.isEmpty()) {
            Pending pending = new Pending(claim, transactions.getTransaction());
            request.setProperty(PENDING, pending);
            // should the response filter never run (it always does), the transaction is not left open
            request.getServerRequestContext().registerCompletionCallback(failure -> abandon(request, pending));
            return;
        }
        rollbackQuietly();
        Stored answer = stored.get();
        if (!answer.answers(claim)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Khóa " + HEADER + " này đã dùng cho "
                    + answer.method() + " " + answer.path()
                    + " với nội dung khác (this key was used for another request): dùng khóa mới (use a new key)",
                    List.of());
        }
        request.abortWith(replay(answer));
    }

    @ServerResponseFilter
    public void end(ContainerRequestContext request, ContainerResponseContext response) {
        Pending pending = (Pending) request.getProperty(PENDING);
        if (pending == null) {
            return;
        }
        request.removeProperty(PENDING);
        try {
            if (!pending.transaction().equals(transactions.getTransaction())) {
                pending.transaction().rollback();
                throw new IllegalStateException("the response filter ran outside the request's transaction");
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        int status = response.getStatus();
        if (status < 200 || status > 299) {
            rollbackQuietly(); // nothing is kept: the same key may be used again
            return;
        }
        String body;
        try {
            body = response.hasEntity() ? json.writeValueAsString(response.getEntity()) : null;
            store.flush(); // what the services' own commits would have flushed, with the same exceptions
            store.complete(pending.claim(), status, body, locationOf(response));
            transactions.commit();
        } catch (RollbackException e) {
            rollbackQuietly();
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e);
        } catch (JsonProcessingException | jakarta.transaction.HeuristicMixedException
                | jakarta.transaction.HeuristicRollbackException | SystemException e) {
            rollbackQuietly();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
        if (body != null) { // the first answer is written from the same text as every replay
            response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }

    static ProblemException inProgress() {
        return ProblemException.retryLater(ProblemType.IDEMPOTENCY_IN_PROGRESS,
                "Yêu cầu đầu tiên với khóa này chưa xong, xin thử lại sau ít giây (the first request with this key"
                        + " is still running: try again in a second)",
                1);
    }

    static boolean applies(String method, String path, SimpleResourceInfo resource) {
        return (HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method)) && path.startsWith("/api/v1/")
                && resource != null && resource.getMethodName() != null
                && !READ_ONLY.contains(resource.getMethodName());
    }

    /** SHA-256 of the JSON body as sent, or of a multipart body's parts (name, file name, content) as parsed. */
    private static String fingerprint(ResteasyReactiveContainerRequestContext request) throws IOException {
        MessageDigest digest = sha256();
        FormData form = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData();
        if (form != null) {
            List<String> names = new ArrayList<>();
            form.forEach(names::add);
            names.sort(null);
            for (String name : names) {
                for (FormValue value : form.get(name)) {
                    update(digest, name);
                    if (value.isFileItem()) {
                        update(digest, value.getFileName() == null ? "" : value.getFileName());
                        digest.update(
                                Long.toString(value.getFileItem().getFileSize()).getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = value.getFileItem().getInputStream()) {
                            byte[] buffer = new byte[64 * 1024];
                            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                                digest.update(buffer, 0, n);
                            }
                        }
                    } else {
                        update(digest, value.getValue() == null ? "" : value.getValue());
                    }
                }
            }
        } else if (request.hasEntity()) {
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            digest.update(body);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path (and query) of the Location header: a replay makes it absolute again for its own request. */
    private static String locationOf(ContainerResponseContext response) {
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        if (location == null) {
            return null;
        }
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static Response replay(Stored answer) {
        Response.ResponseBuilder builder = Response.status(answer.status()).header(REPLAYED_HEADER, "true");
        if (answer.body() != null) {
            builder.entity(answer.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (answer.location() != null) {
            builder.location(URI.create(answer.location()));
        }
        return builder.build();
    }

    /** PostgreSQL's lock_timeout (SQLSTATE 55P03): the first request with the key held it too long. */
    private static boolean lockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void rollbackQuietly() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.warn("rollback of an idempotent request failed", e);
        }
    }

    /** The request ended without the response filter: roll its transaction back from whatever thread this is. */
    private static void abandon(ContainerRequestContext request, Pending pending) {
        if (request.getProperty(PENDING) != pending) {
            return;
        }
        LOG.error("an idempotent request ended without its response filter: rolling its transaction back");
        try {
            pending.transaction().rollback();
        } catch (SystemException | IllegalStateException e) {
            LOG.warn("rollback of an abandoned idempotent request failed", e);
        }
    }
}
