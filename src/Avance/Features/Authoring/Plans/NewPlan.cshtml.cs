using Avance.Web;
using Microsoft.AspNetCore.Mvc;

namespace Avance.Features.Authoring;

public sealed class NewPlanModel(AuthoringScope scope) : PlanFormPage(scope)
{
    public IReadOnlyList<Option> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form = new PlanForm { Generation = "1" };
        await LoadOptionsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var checks = Scope.Checks();
        var fields = Form.Read(checks);
        if (checks.Errors.Any) return await UnreadableAsync(checks.Errors, () => LoadOptionsAsync(cancellationToken));
        var result = await PlanCommands.CreateAsync(Scope, Form.Country, fields, cancellationToken);
        return result.Kind == ResultKind.Saved
            ? Saved(PlanUrl(result.Id), Text["Authoring_PlanCreated"])
            : await NotSavedAsync(result, () => LoadOptionsAsync(cancellationToken));
    }

    protected override async Task LoadOptionsAsync(CancellationToken cancellationToken)
    {
        await base.LoadOptionsAsync(cancellationToken);
        Countries = await WorkspaceQueries.Countries(Scope.Db, Languages.Current, cancellationToken);
    }
}
