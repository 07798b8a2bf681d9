namespace Avance.Data;

/// <summary>Bound from "Avance:Database" (environment: Avance__Database__Provider).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Avance:Database";
    public const string ConnectionStringName = "Avance";
    public const string DefaultSqliteConnection = "Data Source=data/avance.db";

    public string Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Load Mexico's demo data when the database is empty at start-up.</summary>
    public bool LoadDemoData { get; set; } = true;
}
