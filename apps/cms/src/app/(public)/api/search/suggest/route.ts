export { suggest as GET } from '../../../../../search/endpoints'
