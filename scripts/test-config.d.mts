export declare const RULES_PROJECT_ID: string;
export declare const RESULTS_DIR: string;
export declare function vitestArgs(layer: string): string[];
