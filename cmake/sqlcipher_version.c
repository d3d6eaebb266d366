/* Prints PRAGMA cipher_version of the SQLCipher library it links; empty output on plain SQLite. */
#include <sqlite3.h>
#include <stdio.h>

static int print_row(void *unused, int columns, char **values, char **names)
{
    (void)unused;
    (void)names;
    if (columns > 0 && values[0])
        printf("%s\n", values[0]);
    return 0;
}

int main(void)
{
    sqlite3 *db = NULL;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        return 1;
    int rc = sqlite3_exec(db, "PRAGMA cipher_version;", print_row, NULL, NULL);
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : 1;
}
