package org.latitude.taxonomy.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaxonomyRepository extends JpaRepository<Taxonomy, Long> {

    Optional<Taxonomy> findByKey(String key);
}
