namespace Avance.Features.Authoring;

public static class AuthoringServices
{
    public static IServiceCollection AddAuthoring(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AuthoringScope>();
        return services;
    }
}
