using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Avance.Features.Review;

[Authorize(Policy = Permissions.ViewWorkspace)]
public sealed class BoardModel(AvanceDb db, TimeProvider clock, UiText text) : PageModel
{
    public Board Board { get; private set; } = null!;
    public Caller Caller => Caller.From(User)!;

    public async Task<IActionResult> OnGetAsync(int id, string? state, CancellationToken cancellationToken)
    {
        if (!BoardFilter.TryRead(state, out var filter))
        {
            Features.Errors.ErrorDetail.Explain(HttpContext, text["Review_Rule_board.state-unknown"]);
            return BadRequest();
        }
        if (await BoardQueries.For(db, id, Caller, filter, Languages.Current, DeadlineRow.Today(clock), cancellationToken) is not { } board) return NotFound();
        Board = board;
        return Page();
    }

    /// <summary>"2 submitted · 1 approved": the states an item's values are in, or that nothing was reported.</summary>
    public string Summary(StateCounts counts) =>
        counts.Reported == 0
            ? text["Review_State_Missing"]
            : string.Join(" · ", Enum.GetValues<BoardState>().Where(s => s != BoardState.Missing && counts[s] > 0)
                .Select(s => text["Review_CountInState", counts[s], ReviewText.State(text, s.ToString())]));
}
