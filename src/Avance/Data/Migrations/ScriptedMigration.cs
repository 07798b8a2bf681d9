using Microsoft.EntityFrameworkCore.Migrations;

namespace Avance.Data.Migrations;

/// <summary>
/// A migration whose steps are SQL files embedded beside it, one per provider:
/// <c>{Id}.{sqlite|postgres}.up.sql</c> and <c>.down.sql</c>. See docs/adr/0002.
/// </summary>
public abstract class ScriptedMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => Run(migrationBuilder, "up");

    protected override void Down(MigrationBuilder migrationBuilder) => Run(migrationBuilder, "down");

    private void Run(MigrationBuilder migrationBuilder, string direction)
    {
        var provider = migrationBuilder.ActiveProvider switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
            "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.Postgres,
            var other => throw new NotSupportedException($"No migration scripts for provider {other}."),
        };
        var id = GetType().GetCustomAttributes(typeof(MigrationAttribute), false).Cast<MigrationAttribute>().Single().Id;
        var name = $"Avance.Data.Migrations.{id}.{provider}.{direction}.sql";
        using var stream = typeof(ScriptedMigration).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        migrationBuilder.Sql(reader.ReadToEnd());
    }
}
