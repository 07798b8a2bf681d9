using Avance.Features.Interchange.Bulk;

namespace Avance.Features.Interchange.Import;

/// <summary>
/// Removes what the previous import put into outcomes that change (listed in the staging table ImportChanged):
/// imported indicators with their periods and values, the resources, funding and SDG rows of that import's source,
/// and the texts only they used. Rows from other sources (demo data, another publisher) stay.
/// </summary>
internal static class ReplacedContent
{
    private const string Changed = "SELECT \"Id\" FROM \"ImportChanged\"";
    private const string ImportedIndicators =
        $"SELECT i.\"Id\" FROM \"ResultIndicators\" i JOIN \"IatiIndicators\" x ON x.\"ResultIndicatorId\" = i.\"Id\" WHERE i.\"OutcomeId\" IN ({Changed})";

    public static async Task RemoveAsync(BulkWriter writer, CancellationToken cancellationToken)
    {
        await writer.StageAsync(new RowBuffer(ImportTables.OldTexts), cancellationToken);
        await writer.ExecuteAsync($"""
            INSERT INTO "ImportOldTexts" ("Id")
            SELECT "TitleId" FROM "ResultIndicators" WHERE "Id" IN ({ImportedIndicators})
            UNION SELECT "ResultTitleId" FROM "IatiIndicators" WHERE "ResultIndicatorId" IN ({ImportedIndicators})
            UNION SELECT "ResultDescriptionId" FROM "IatiIndicators" WHERE "ResultIndicatorId" IN ({ImportedIndicators}) AND "ResultDescriptionId" IS NOT NULL
            UNION SELECT "DescriptionId" FROM "IatiIndicators" WHERE "ResultIndicatorId" IN ({ImportedIndicators}) AND "DescriptionId" IS NOT NULL
            UNION SELECT "CommentId" FROM "ResultIndicatorPeriods" WHERE "ResultIndicatorId" IN ({ImportedIndicators}) AND "CommentId" IS NOT NULL
            UNION SELECT "CommentId" FROM "ResultIndicatorValues" WHERE "ResultIndicatorId" IN ({ImportedIndicators}) AND "CommentId" IS NOT NULL
            UNION SELECT "DescriptionId" FROM "OutcomeImports" WHERE "OutcomeId" IN ({Changed}) AND "DescriptionId" IS NOT NULL
            """, cancellationToken);
        await writer.ExecuteAsync($"DELETE FROM \"ResultIndicators\" WHERE \"Id\" IN ({ImportedIndicators})", cancellationToken);
        foreach (var table in new[] { "OutcomeResources", "FundingContributions", "SdgAllocations" })
            await writer.ExecuteAsync($"""
                DELETE FROM "{table}" WHERE "OutcomeId" IN ({Changed})
                AND "SourceId" = (SELECT i."SourceId" FROM "OutcomeImports" i WHERE i."OutcomeId" = "{table}"."OutcomeId")
                """, cancellationToken);
        await writer.ExecuteAsync($"DELETE FROM \"OutcomeImports\" WHERE \"OutcomeId\" IN ({Changed})", cancellationToken);
        await writer.ExecuteAsync("DELETE FROM \"Texts\" WHERE \"Id\" IN (SELECT \"Id\" FROM \"ImportOldTexts\")", cancellationToken);
        await writer.ExecuteAsync(
            $"DELETE FROM \"TextTranslations\" WHERE \"TextId\" IN (SELECT \"SummaryId\" FROM \"Outcomes\" WHERE \"Id\" IN ({Changed}))",
            cancellationToken);
        await writer.ExecuteAsync("""
            UPDATE "Outcomes" SET "FrameworkId" = (SELECT c."FrameworkId" FROM "ImportChanged" c WHERE c."Id" = "Outcomes"."Id")
            WHERE "Id" IN (SELECT "Id" FROM "ImportChanged")
            """, cancellationToken);
    }
}
