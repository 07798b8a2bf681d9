using Avance.Features.Accounts;
using Avance.Web;
using Avance.Web.Downloads;
using C = Avance.Web.Downloads.Column<Avance.Features.Review.BoardRow>;

namespace Avance.Features.Review;

/// <summary>The status board as CSV, Excel or JSON: the rows the board page shows the caller, with its state filter.</summary>
internal static class BoardDownload
{
    public const string Path = $"/{{lang:{Languages.RouteConstraint}}}/workspace/periods/{{periodId:int}}/board";

    private static readonly IReadOnlyList<DownloadColumn<BoardRow>> Columns =
    [
        C.Of("organisation", "Review_Organisation", r => r.Organisation),
        C.Of("kind", "Review_Kind", r => r.Kind),
        C.Of("code", "Review_Code", r => r.Code),
        C.Of("title", "Review_Item", r => r.Title),
        C.Of("missing", "Review_State_Missing", r => r.Missing),
        C.Of("draft", "Review_State_Draft", r => r.Counts.Draft),
        C.Of("submitted", "Review_State_Submitted", r => r.Counts.Submitted),
        C.Of("returned", "Review_State_Returned", r => r.Counts.Returned),
        C.Of("approved", "Review_State_Approved", r => r.Counts.Approved),
        C.Of("published", "Review_State_Published", r => r.Counts.Published),
    ];

    public static readonly TableDownload<BoardRow> Table = new("status-board", "Review_BoardCaption", Columns, RowsAsync);

    public static IEndpointConventionBuilder MapBoardDownload(this IEndpointRouteBuilder app) =>
        app.MapTableDownload(Path, Table).RequireAuthorization(Permissions.ViewWorkspace);

    private static async Task<DownloadRows<BoardRow>> RowsAsync(DownloadRequest request)
    {
        if (!BoardFilter.TryRead(request.Filter("state"), out var filter)) return DownloadRows<BoardRow>.Invalid(request.Text("Review_Rule_board.state-unknown"));
        var clock = request.Context.RequestServices.GetRequiredService<TimeProvider>();
        var board = await BoardQueries.For(request.Db, int.Parse(request.Route("periodId"), System.Globalization.CultureInfo.InvariantCulture),
            Caller.From(request.Context.User)!, filter, request.Language, DeadlineRow.Today(clock), request.CancellationToken);
        return board is null ? DownloadRows<BoardRow>.NotFound : DownloadRows<BoardRow>.Of(board.Rows.ToAsyncEnumerable());
    }
}
