/** The SDK version, sent in the User-Agent. A test keeps it equal to package.json. */
export const VERSION = "0.5.0";
