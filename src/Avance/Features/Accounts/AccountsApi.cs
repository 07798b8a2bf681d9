using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Avance.Features.Accounts;

public sealed record MeResponse(int Id, string Email, AccountRole Role, int? OrganisationId, IReadOnlyList<string> Permissions);

public static class AccountsApi
{
    public static WebApplication MapAccountsApi(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Accounts");
        group.MapGet("/me", Me).RequireAuthorization()
            .WithSummary("The account a request acts as, and what it may do (a token's permissions are its role's narrowed to its scopes).");
        return app;
    }

    private static Results<Ok<MeResponse>, UnauthorizedHttpResult> Me(ClaimsPrincipal user) =>
        Caller.From(user) is { } caller
            ? TypedResults.Ok(new MeResponse(caller.UserId, caller.Name, caller.Role, caller.OrganisationId, [.. caller.Permissions.Order(StringComparer.Ordinal)]))
            : TypedResults.Unauthorized();
}
