package org.latitude.security.internal;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latitude.testsupport.PostgresAvailable;
import org.latitude.testsupport.PostgresSchema;

/** {@link AccessTokenStoreContract} on the local PostgreSQL, in a fresh schema. */
@ExtendWith(PostgresAvailable.class)
class AccessTokenStorePostgresTest extends AccessTokenStoreContract {

    private static PostgresSchema schema;

    @BeforeAll
    static void migrate() {
        schema = PostgresSchema.migrated("tokens");
    }

    @AfterAll
    static void drop() {
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    DataSource dataSource() {
        return schema.dataSource();
    }
}
