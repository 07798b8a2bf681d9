using Avance.Features.Results;
using C = Avance.Web.Downloads.Column<Avance.Web.Downloads.Tables.InOutcome<Avance.Features.Results.ProgressNoteRow>>;

namespace Avance.Web.Downloads.Tables;

/// <summary>Yearly progress notes with their assessment and source: of one outcome, or of every outcome in the country.</summary>
internal static class ProgressNotesTable
{
    private static readonly IReadOnlyList<DownloadColumn<InOutcome<ProgressNoteRow>>> Columns =
    [
        C.Of("outcome_id", "Field_NoteOutcomeId", r => r.Outcome.Id),
        C.Of("outcome_iati_identifier", "Field_NoteOutcomeIatiIdentifier", r => r.Outcome.IatiIdentifier),
        C.Of("year", "Field_NoteYear", r => r.Row.Year),
        C.Of("assessment", "Field_Assessment", r => r.Row.Assessment),
        C.Of("note", "Field_Note", r => r.Row.Note),
        .. SourceColumns.For<InOutcome<ProgressNoteRow>>(r => r.Row.Source),
    ];

    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/results/progress-notes",
        new TableDownload<InOutcome<ProgressNoteRow>>("progress-notes", "Table_ProgressNotes", Columns,
            request => Scope.EveryOutcome(request, outcome => Rows(request, outcome))));

    public static readonly CountryTable OfOutcome = new(CountryTable.OutcomePath + "/progress-notes",
        new TableDownload<InOutcome<ProgressNoteRow>>("progress-notes", "Table_ProgressNotes", Columns,
            request => Scope.Outcome(request, outcome => Rows(request, outcome))));

    private static IAsyncEnumerable<InOutcome<ProgressNoteRow>> Rows(DownloadRequest request, OutcomeKey outcome) =>
        OutcomeDetailQueries.ProgressNoteRows(request.Db, outcome.Id, request.Language).Select(row => new InOutcome<ProgressNoteRow>(outcome, row));
}
