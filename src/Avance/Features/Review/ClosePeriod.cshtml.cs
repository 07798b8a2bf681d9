using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;

namespace Avance.Features.Review;

[Authorize(Policy = Permissions.ManagePeriods)]
public sealed class ClosePeriodModel(AvanceDb db, TimeProvider clock, PeriodWorkflow workflow, UiText text) : PeriodActionModel(db, clock, text)
{
    protected override string Done => "closed";

    protected override Task<CommandOutcome> RunAsync(int id, CancellationToken cancellationToken) =>
        workflow.CloseAsync(Caller, id, Version, cancellationToken);
}
