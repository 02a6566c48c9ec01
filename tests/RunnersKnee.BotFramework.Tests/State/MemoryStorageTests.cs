using RunnersKnee.BotFramework.State;

namespace RunnersKnee.BotFramework.Tests.State;

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateSut() => new MemoryStorage();
}
