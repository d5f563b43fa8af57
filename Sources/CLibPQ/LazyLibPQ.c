// The libpq functions ConciergeStore calls, loading libpq.so.5 with dlopen on first use.
//
// Why: linked at start, libpq and what it pulls in (OpenSSL, GnuTLS, Kerberos, LDAP, SASL,
// p11-kit: twenty libraries) are mapped, relocated and initialized in every process, which
// cost `concierge serve --no-store` about 5 MB of resident memory and every command some
// start time, for a store most runs never open. Each function below has libpq's own name and
// signature (from libpq-fe.h), so the Swift code calls libpq as if it were linked.
//
//     PGconn *connection = PQconnectdb("postgresql://localhost/concierge");  // loads libpq here
//
// If the library is missing, PQconnectdb says so on stderr and returns NULL (the caller's
// "cannot connect" path); the other functions are only reached with a connection.
#include "CLibPQ.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static struct {
    PGconn *(*connectdb)(const char *);
    void (*finish)(PGconn *);
    ConnStatusType (*status)(const PGconn *);
    char *(*errorMessage)(const PGconn *);
    PGresult *(*exec)(PGconn *, const char *);
    PGresult *(*execParams)(PGconn *, const char *, int, const Oid *, const char *const *, const int *,
                            const int *, int);
    ExecStatusType (*resultStatus)(const PGresult *);
    char *(*resultErrorMessage)(const PGresult *);
    char *(*resultErrorField)(const PGresult *, int);
    int (*ntuples)(const PGresult *);
    int (*nfields)(const PGresult *);
    char *(*getvalue)(const PGresult *, int, int);
    int (*getisnull)(const PGresult *, int, int);
    void (*clear)(PGresult *);
} libpq;
static int loaded;
static pthread_once_t once = PTHREAD_ONCE_INIT;

#define RESOLVE(field, name) \
    if ((*(void **)&libpq.field = dlsym(handle, name)) == NULL) { missing(dlerror()); return; }

static void missing(const char *why) {
    fprintf(stderr, "concierge: cannot load libpq, PostgreSQL's client library (Debian: libpq5): %s\n",
            why ? why : "unknown error");
}

static void load(void) {
    void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) { missing(dlerror()); return; }
    RESOLVE(connectdb, "PQconnectdb")
    RESOLVE(finish, "PQfinish")
    RESOLVE(status, "PQstatus")
    RESOLVE(errorMessage, "PQerrorMessage")
    RESOLVE(exec, "PQexec")
    RESOLVE(execParams, "PQexecParams")
    RESOLVE(resultStatus, "PQresultStatus")
    RESOLVE(resultErrorMessage, "PQresultErrorMessage")
    RESOLVE(resultErrorField, "PQresultErrorField")
    RESOLVE(ntuples, "PQntuples")
    RESOLVE(nfields, "PQnfields")
    RESOLVE(getvalue, "PQgetvalue")
    RESOLVE(getisnull, "PQgetisnull")
    RESOLVE(clear, "PQclear")
    loaded = 1;
}

PGconn *PQconnectdb(const char *conninfo) {
    pthread_once(&once, load);
    return loaded ? libpq.connectdb(conninfo) : NULL;
}

// Below, `loaded` is set: a connection exists only after PQconnectdb loaded the library.
// The checks keep a caller that skipped it from jumping through a null pointer.

void PQfinish(PGconn *conn) {
    if (loaded) libpq.finish(conn);
}

ConnStatusType PQstatus(const PGconn *conn) {
    return loaded ? libpq.status(conn) : CONNECTION_BAD;
}

char *PQerrorMessage(const PGconn *conn) {
    return loaded ? libpq.errorMessage(conn) : "libpq is not loaded";
}

PGresult *PQexec(PGconn *conn, const char *query) {
    return loaded ? libpq.exec(conn, query) : NULL;
}

PGresult *PQexecParams(PGconn *conn, const char *command, int nParams, const Oid *paramTypes,
                       const char *const *paramValues, const int *paramLengths, const int *paramFormats,
                       int resultFormat) {
    return loaded ? libpq.execParams(conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats,
                                     resultFormat)
                  : NULL;
}

ExecStatusType PQresultStatus(const PGresult *res) {
    return loaded ? libpq.resultStatus(res) : PGRES_FATAL_ERROR;
}

char *PQresultErrorMessage(const PGresult *res) {
    return loaded ? libpq.resultErrorMessage(res) : "libpq is not loaded";
}

char *PQresultErrorField(const PGresult *res, int fieldcode) {
    return loaded ? libpq.resultErrorField(res, fieldcode) : NULL;
}

int PQntuples(const PGresult *res) {
    return loaded ? libpq.ntuples(res) : 0;
}

int PQnfields(const PGresult *res) {
    return loaded ? libpq.nfields(res) : 0;
}

char *PQgetvalue(const PGresult *res, int tup_num, int field_num) {
    return loaded ? libpq.getvalue(res, tup_num, field_num) : "";
}

int PQgetisnull(const PGresult *res, int tup_num, int field_num) {
    return loaded ? libpq.getisnull(res, tup_num, field_num) : 1;
}

void PQclear(PGresult *res) {
    if (loaded) libpq.clear(res);
}
