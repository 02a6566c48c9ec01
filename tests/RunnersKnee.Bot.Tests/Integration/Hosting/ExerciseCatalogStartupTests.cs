using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RunnersKnee.Bot.Tests.Unit.Workout;
using RunnersKnee.Bot.Workout;

namespace RunnersKnee.Bot.Tests.Integration.Hosting;

public sealed class ExerciseCatalogStartupTests
{
    [Fact]
    public void Start_InvalidCatalog_AppFailsToStart()
    {
        var broken = ShippedCatalogJson.With("side-steps", "dosage.sets", 0);
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Storage:Provider", "Memory");
            builder.ConfigureTestServices(services => services.AddSingleton(_ => ExerciseCatalog.Parse(broken)));
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var catalogError = FindCatalogError(error);
        Assert.True(catalogError is not null, $"The app failed to start for another reason first: {error}");
        Assert.Equal("side-steps", catalogError.ExerciseId);
    }

    private static ExerciseCatalogException? FindCatalogError(Exception? error) => error switch
    {
        null => null,
        ExerciseCatalogException catalog => catalog,
        AggregateException aggregate => aggregate.InnerExceptions.Select(FindCatalogError).FirstOrDefault(found => found is not null),
        _ => FindCatalogError(error.InnerException),
    };
}
