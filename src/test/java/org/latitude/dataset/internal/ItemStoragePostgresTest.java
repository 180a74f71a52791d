package org.latitude.dataset.internal;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latitude.testsupport.PostgresAvailable;
import org.latitude.testsupport.PostgresSchema;

/** The storage tests on the local PostgreSQL, in a fresh schema migrated by Flyway; skipped when it is unreachable. */
@ExtendWith(PostgresAvailable.class)
class ItemStoragePostgresTest extends ItemStorageContract {

    private PostgresSchema schema;

    @Override
    DataSource dataSource() {
        if (schema == null) {
            schema = PostgresSchema.migrated("lat_dataset");
        }
        return schema.dataSource();
    }

    @AfterAll
    void dropSchema() {
        if (schema != null) {
            schema.close();
        }
    }
}
