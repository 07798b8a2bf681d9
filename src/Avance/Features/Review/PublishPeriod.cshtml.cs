using Avance.Data;
using Avance.Features.Accounts;
using Avance.Web;
using Microsoft.AspNetCore.Authorization;

namespace Avance.Features.Review;

[Authorize(Policy = Permissions.PublishPeriods)]
public sealed class PublishPeriodModel(AvanceDb db, TimeProvider clock, PeriodPublication publication, UiText text)
    : PeriodActionModel(db, clock, text)
{
    public PublicationPreview Preview { get; private set; } = null!;

    protected override string Done => "published";

    protected override Task<CommandOutcome> RunAsync(int id, CancellationToken cancellationToken) =>
        publication.PublishAsync(Caller, id, Version, cancellationToken);

    protected override async Task LoadMoreAsync(int id, CancellationToken cancellationToken) =>
        Preview = await publication.PreviewAsync(id, cancellationToken);
}
