using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Review;

[Authorize(Policy = Permissions.ManagePeriods)]
public sealed class OpenPeriodModel(AvanceDb db, TimeProvider clock, PeriodWorkflow workflow, UiText text) : PeriodActionModel(db, clock, text)
{
    [BindProperty] public DateOnly? Deadline { get; set; }

    protected override string Done => "opened";

    protected override Task<CommandOutcome> RunAsync(int id, CancellationToken cancellationToken) =>
        workflow.OpenAsync(Caller, id, Deadline, Version, cancellationToken);
}
