package vn.danvan.criteria;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Recognition titles. */
@ApplicationScoped
public class RecognitionTitleRepository implements PanacheRepository<RecognitionTitle> {

    /** Every title in the Vietnamese order of its name (the column's collation); a province has a handful. */
    public List<RecognitionTitle> allByName() {
        return list("order by name, id");
    }

    public boolean codeInUse(String code) {
        return count("code", code) > 0;
    }
}
