import { ConfigError, parseConfig, USAGE } from './config.js';
import { startStandIn } from './server.js';
try {
    const config = parseConfig(process.argv.slice(2), process.env);
    if (config === 'help') {
        console.log(USAGE);
    }
    else {
        const standIn = await startStandIn(config);
        const stop = () => void standIn.close().then(() => process.exit(0));
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
    }
}
catch (error) {
    console.error(`9app-standin: ${error instanceof ConfigError ? error.message : error.stack}`);
    process.exit(error instanceof ConfigError ? 2 : 1);
}
