// libpq, PostgreSQL's own C client (Debian: libpq-dev headers; libpq5 at run time), for
// ConciergeStore's PostgreSQLStore. The functions it uses are defined in LazyLibPQ.c, which
// loads libpq.so.5 on the first connection instead of at every start (see there why).
#include <postgresql/libpq-fe.h>
