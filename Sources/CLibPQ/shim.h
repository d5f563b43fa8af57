// libpq, PostgreSQL's own C client (Debian: libpq-dev), for ConciergeStore's PostgreSQLStore.
#include <postgresql/libpq-fe.h>
