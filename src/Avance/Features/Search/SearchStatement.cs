namespace Avance.Features.Search;

/// <summary>
/// The SQL that counts, finds and ranks entries. Each engine's own full-text index finds the entries that hold every
/// term as the start of a word; one ranking formula then scores them, written so that SQLite and PostgreSQL evaluate
/// the same double-precision operations in the same order on the same whole-number counts, with constants binary
/// floating point holds exactly. That is what lets a query list the same results, with the same ranks, in the same
/// order on both engines (their own rankers, bm25 and ts_rank_cd, weigh words differently). See docs/adr/0009.
/// Terms are letters and digits only (<see cref="SearchText.Words"/>), so the match expressions built from them cannot
/// carry operators; they are parameters all the same.
/// </summary>
internal static class SearchStatement
{
    /// <summary>How many entries match, in the preferred language (Preferred = 1) and in others. {0} match, {1} language.</summary>
    public static (string Sql, object[] Parameters) Count(bool sqlite, IReadOnlyList<string> terms, string language)
    {
        const string preferred = """CASE WHEN e."Language" = {1} THEN 1 ELSE 0 END""";
        var sql = $"""
            SELECT {preferred} AS "Preferred", COUNT(*) AS "Total"
            {Matching(sqlite)}
            GROUP BY {preferred}
            """;
        return (sql, [Match(sqlite, terms), language]);
    }

    /// <summary>
    /// One slice of the entries in the preferred language, or in the others, best first. {0} match, {1} language,
    /// {2} limit, {3} offset, then each term with a leading space. Word counts are computed once per entry (the
    /// materialised step), then scored and sorted.
    /// </summary>
    public static (string Sql, object[] Parameters) Page(
        bool sqlite, IReadOnlyList<string> terms, string language, bool preferred, long offset, int limit)
    {
        var counts = terms.Select((_, i) =>
            $"{Occurrences(sqlite, "NormalisedTitle", i)} AS \"t{i}\", {Occurrences(sqlite, "NormalisedBody", i)} AS \"b{i}\"");
        var rank = string.Join(" + ", terms.Select((_, i) => TermScore(sqlite, i)));
        // Ties fall back on byte order, which is what "C" collation means on PostgreSQL and the default on SQLite.
        var bytes = sqlite ? "" : " COLLATE \"C\"";
        var sql = $"""
            WITH counted AS MATERIALIZED (
                SELECT e."Id", e."Kind", e."NormalisedTitle", e."Path", e."Language", e."BodyLength", {string.Join(", ", counts)}
                {Matching(sqlite)} AND e."Language" {(preferred ? "=" : "<>")} {"{1}"}
            )
            SELECT "Id", {rank} AS "Rank"
            FROM counted
            ORDER BY "Rank" DESC, {KindOrder()}, "NormalisedTitle"{bytes}, "Path"{bytes}, "Language"{bytes}, "Id"
            LIMIT {"{2}"} OFFSET {"{3}"}
            """;
        return (sql, [Match(sqlite, terms), language, limit, offset, .. terms.Select(t => " " + t)]);
    }

    private static string Match(bool sqlite, IReadOnlyList<string> terms) =>
        sqlite ? string.Join(" AND ", terms.Select(t => $"\"{t}\"*")) : string.Join(" & ", terms.Select(t => $"{t}:*"));

    /// <summary>PostgreSQL uses its index only when the query repeats the indexed expression exactly.</summary>
    private static string Matching(bool sqlite) => sqlite
        ? """
          FROM "SearchIndex" JOIN "SearchEntries" AS e ON e."Id" = "SearchIndex".rowid
          WHERE "SearchIndex" MATCH {0}
          """
        : """
          FROM "SearchEntries" AS e
          WHERE to_tsvector('simple'::regconfig, e."NormalisedTitle" || e."NormalisedBody") @@ to_tsquery('simple'::regconfig, {0})
          """;

    /// <summary>
    /// How many words of a column start with the term: in the index form every word follows a space, so that is how
    /// often " term" occurs, counted in bytes (cheap on both engines) rather than characters.
    /// </summary>
    private static string Occurrences(bool sqlite, string column, int term)
    {
        var parameter = "{" + (4 + term) + "}";
        string Bytes(string text) => sqlite ? $"length(CAST({text} AS BLOB))" : $"octet_length({text})";
        return $"(({Bytes($"e.\"{column}\"")} - {Bytes($"replace(e.\"{column}\", {parameter}, '')")}) / {Bytes(parameter)})";
    }

    /// <summary>
    /// BM25-style saturation per term (k1 = 1.25), the title counting three times and never length-normalised (titles
    /// are short), the body normalised against a typical body of 128 words (b = 0.75). A term found once in a title
    /// scores 3; a term found only in a body, however often, scores under 2.25, so title matches come first.
    /// </summary>
    private static string TermScore(bool sqlite, int term)
    {
        string Number(string literal) => sqlite ? literal : literal + "::float8";
        var title = $"\"t{term}\"";
        var body = $"\"b{term}\"";
        return $"({Number("3.0")} * {title} * {Number("2.25")} / ({title} + {Number("1.25")})"
            + $" + {body} * {Number("2.25")} / ({body} + {Number("1.25")} * ({Number("0.25")} + {Number("0.75")} * \"BodyLength\" / {Number("128.0")})))";
    }

    private static string KindOrder() =>
        "CASE \"Kind\" " + string.Join(" ", Enum.GetValues<SearchKind>().Select(k => $"WHEN '{k}' THEN {(int)k}")) + " END";
}
