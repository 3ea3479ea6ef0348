"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=watchTypes.js.map