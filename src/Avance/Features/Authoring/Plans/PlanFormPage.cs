using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

/// <summary>The pages with the plan form: a new plan, and a plan's details.</summary>
public abstract class PlanFormPage(AuthoringScope scope) : AuthoringPage(scope)
{
    [BindProperty]
    public PlanForm Form { get; set; } = new();

    public IReadOnlyList<Option> Organisations { get; private set; } = [];

    protected virtual async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        Organisations = await WorkspaceQueries.Organisations(Scope.Db, Languages.Current, cancellationToken);
}
