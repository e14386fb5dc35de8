using Microsoft.Data.Sqlite;

namespace Timeline.Storage.Sqlite;

/// <summary>Turns SQLite failures into one-line <see cref="StoreException"/> messages that name the store file.</summary>
internal static class SqliteErrors
{
    // Primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte.
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int Constraint = 19;
    private const int NotADatabase = 26;

    public static StoreException Translate(string path, string action, SqliteException exception)
    {
        var reason = (exception.SqliteErrorCode & 0xFF) switch
        {
            Busy or Locked => "the store is locked by another process (is another timeline running?)",
            ReadOnly => "the store file is read-only",
            IoError => "disk I/O error",
            Corrupt => "the store file is corrupt",
            Full => "the disk is full",
            CantOpen => "cannot open or create the file (does the directory exist and is it writable?)",
            NotADatabase => "not a Timeline store (the file is not an SQLite database)",
            Constraint => "write refused: " + OneLine(exception.Message),
            _ => OneLine(exception.Message),
        };
        return new StoreException($"{path}: {action}: {reason}", exception)
        {
            IsTransient = (exception.SqliteErrorCode & 0xFF) is Busy or Locked,
        };
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
