using Avance.Web;

namespace Avance.Features.Authoring;

/// <summary>The authors' list of plans, country by country, drafts and published alike.</summary>
public sealed class PlansModel(AuthoringScope scope) : AuthoringPage(scope)
{
    public IReadOnlyList<WorkspacePlanRow> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Plans = await WorkspaceQueries.Plans(Scope.Db, Languages.Current, cancellationToken);
}
