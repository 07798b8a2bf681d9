namespace Avance.Features.Accounts;

public static class ApiAuthorization
{
    /// <summary>
    /// An API endpoint that needs a permission accepts personal access tokens only, never the browser's cookie: a
    /// page on another site can make a browser send its cookie, but cannot make it send a token.
    /// </summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy
            .AddAuthenticationSchemes(TokenAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(AvanceClaims.Permission, permission));
}
